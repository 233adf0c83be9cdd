"""The monitors' and researchers' web application, served by the FastAPI app in ``rasad.api``."""

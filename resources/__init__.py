"""The app's bundled files (worlds, flows, email templates, styles, icons): package data,
found through ``core.assets`` with importlib.resources, in a checkout and once installed."""

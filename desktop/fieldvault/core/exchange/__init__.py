"""Offline exchange of cases between members: signed, encrypted bundles."""

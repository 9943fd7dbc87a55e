"""Monitoring ("Sources et veille"): bookmarked sources, feeds read offline, revue de presse."""

"""The Results section: figures of published posts, followers, imports of analytics exports."""

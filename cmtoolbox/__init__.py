"""CM Toolbox: the offline toolbox of freelance community managers.

Kept import-light on purpose: `cli.py`, the PyInstaller entry and the tests import this first, and
nothing here may pull in Qt.
"""

__version__ = "0.1.0"
APP_NAME = "CM Toolbox"
APP_ID = "cmtoolbox"
ORG_NAME = "CM Toolbox"

"""Community Desk (社群运营工作台): a desktop workstation for community operators."""
from importlib import metadata

try:
    __version__ = metadata.version("community-desk")
except metadata.PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"

APP_NAME = "Community Desk"
ORG_NAME = "CommunityDesk"
DB_SUFFIX = ".cdesk"          # a community file's extension (the installers associate it with the app)

"""Tactful: find interview invitations and draft tactful replies to them."""

__version__ = "0.1.0"

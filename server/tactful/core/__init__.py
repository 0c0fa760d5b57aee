"""The pure core of Tactful.

Rule for everything under this package: no network, no files, no Flask, no
googleapiclient, no clock and no environment reads. Inputs (including ``now``,
time zones and settings) arrive as parameters; results leave as frozen dataclasses.
"""

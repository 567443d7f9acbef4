"""The `marsad` command line: a thin adapter over the library (marsad.load, readers, store, evaluation).

The commands live in small modules by what they work on (coding, store, evaluate); importing them registers them
on `app`."""

from marsad.cli import coding, evaluate, store  # noqa: F401  (registers the commands)
from marsad.cli.common import app

__all__ = ["app"]

"""`python -m marsad` runs the command line."""

from marsad.cli import app

app()

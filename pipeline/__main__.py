"""``python -m pipeline`` runs the command line."""

from pipeline.cli import main

if __name__ == "__main__":
    raise SystemExit(main())

"""`python -m consumer` is the same as the `wire-consumer` command."""

import sys

from consumer.cli import main

sys.exit(main())

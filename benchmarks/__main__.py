"""`python -m benchmarks --bootstrap HOST:PORT [--quick]`; `bash benchmarks/run` starts the broker too."""

import sys

from benchmarks.bench import main

sys.exit(main())

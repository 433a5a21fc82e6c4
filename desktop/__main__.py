import multiprocessing
import sys

from .cli import main

multiprocessing.freeze_support()
sys.exit(main())

"""One OpenBLAS thread per process, set before numpy loads (import this module first).

spaCy's small English model multiplies small matrices: OpenBLAS's extra threads cost more than
they give, and with ``extract --jobs N`` they compete with the other workers for the cores.
Measured on the 2-core benchmark machine: 29.5 -> 33 articles/s with 2 processes. A value the
user has set in ``OPENBLAS_NUM_THREADS`` is kept.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

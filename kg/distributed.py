"""Extraction on a Dask cluster (``kg build --dask ADDRESS``, ``pip install 'kg[dask]'``).

Each file's extraction is one task; the workers need kg installed (the same version: the
extraction cache key includes the pipeline's version, the exports do not record the worker) and
read the report files by the paths the build gives them, so the files must be on a shared path.
Results come back in the order of the files, so the build is byte-identical to a local one.
"""

from __future__ import annotations

from concurrent.futures import Executor

from kg.reading import InputError


def dask_executor(address: str) -> Executor:
    """A ``concurrent.futures`` executor over the Dask scheduler at ``address``; closing it
    closes the connection, not the cluster."""
    try:
        from distributed import Client
    except ImportError:
        raise InputError("--dask needs Dask's distributed scheduler: pip install 'kg[dask]'") from None
    try:
        client = Client(address, timeout="10s", set_as_default=False)
    except (OSError, TimeoutError) as error:
        raise InputError(f"--dask {address}: cannot reach the scheduler ({error})") from None
    return _ClientExecutor(client)


class _ClientExecutor(Executor):
    def __init__(self, client):
        self.client = client

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        # pure=False: a file whose content changed between two builds is extracted again
        futures = self.client.map(fn, *iterables, pure=False)
        return (future.result(timeout=timeout) for future in futures)

    def submit(self, fn, /, *args, **kwargs):
        return self.client.submit(fn, *args, pure=False, **kwargs)

    def shutdown(self, wait=True, *, cancel_futures=False):
        self.client.close()


__all__ = ["dask_executor"]

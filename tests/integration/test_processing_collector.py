"""A processing run turns Python's automatic garbage collection off and collects the young
generations after each batch instead (no full collection over the run's results); what a
batch throws away is still collected, and the collector is back as it was afterwards, also
when a batch fails."""

from __future__ import annotations

import gc
from datetime import timedelta

import pytest

from core import processing
from core.synthetic import seed_synthetic


class _Cycle:
    """Garbage only the collector frees (it refers to itself)."""

    def __init__(self) -> None:
        self.me = self


def _until(store):
    with store.reader() as uow:
        return uow.clock.now() + timedelta(minutes=1)


def test_a_run_has_no_full_collection_and_frees_each_batchs_cycles(empty_store, monkeypatch):
    seed_synthetic(empty_store, 1200, due=True)
    full, alive = [], []
    real = processing._speculative_batch

    def batch(*args):
        alive.append(sum(isinstance(o, _Cycle) for o in gc.get_objects(0)))
        for _ in range(2000):
            _Cycle()   # thrown away at once: only a collection frees it
        return real(*args)

    def watch(phase, info):
        if phase == "start" and info["generation"] == 2:
            full.append(info)

    monkeypatch.setattr(processing, "_speculative_batch", batch)
    gc.collect()
    thresholds = gc.get_threshold()
    gc.set_threshold(50, 1, 1)   # an automatic collector would now run full ones often
    gc.callbacks.append(watch)
    try:
        done = processing.process_due(empty_store, _until(empty_store), batch_size=300)
    finally:
        gc.callbacks.remove(watch)
        gc.set_threshold(*thresholds)
    assert len(done) == 1200
    assert full == []                 # no full collection inside the run
    assert alive[0] == 0 and max(alive) == 0, alive   # each batch's cycles freed after it
    assert gc.isenabled()


def test_the_collector_is_back_on_when_a_batch_fails(empty_store, monkeypatch):
    seed_synthetic(empty_store, 10, due=True)

    def broken(*_args):
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(processing, "_speculative_batch", broken)
    with pytest.raises(RuntimeError):
        processing.process_due(empty_store, _until(empty_store))
    assert gc.isenabled()

"""Lazy, once-per-process loading of the NER models shipped inside PyPI packages.

``get_model(name)`` loads on first use under a lock and caches the result; every later call
from any thread returns the same object. A failed load raises :class:`ModelUnavailable`
with a one-line reason and is retried on the next call (failures are cheap: import errors).
Loaded models are used read-only; natasha and kiwipiepy are called under a per-model lock
because neither documents thread safety.
"""

from __future__ import annotations

import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


class ModelUnavailable(RuntimeError):
    """A model could not be imported or loaded; the message says why in one line."""


@dataclass
class LoadedModel:
    """A loaded model, the lock that serialises calls into it, and how long loading took."""

    name: str
    obj: Any
    lock: threading.Lock
    load_seconds: float


def _load_natasha() -> Any:
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter

    emb = NewsEmbedding()
    return (Segmenter(), NewsNERTagger(emb), _blas_limiter())


def _blas_limiter() -> Any:
    """A threadpoolctl controller, or None. slovnet's small matrix products run several
    times slower when OpenBLAS spreads them over threads on a busy machine, so natasha
    calls are made with BLAS limited to one thread (see ner_ru.find_russian)."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    return ThreadpoolController()


def _load_kiwi() -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from kiwipiepy import Kiwi

        return Kiwi(num_workers=-1, model_type="cong")


LOADERS: dict[str, Callable[[], Any]] = {"natasha": _load_natasha, "kiwi": _load_kiwi}
_cache: dict[str, LoadedModel] = {}
_cache_lock = threading.Lock()


def get_model(name: str) -> LoadedModel:
    """Return the loaded model ``name`` ("natasha" or "kiwi"), loading it once."""
    with _cache_lock:
        found = _cache.get(name)
        if found is not None:
            return found
        began = time.perf_counter()
        try:
            obj = LOADERS[name]()
        except Exception as exc:  # any import or load failure makes the layer unavailable
            reason = f"{type(exc).__name__}: {exc}".splitlines()[0][:200]
            raise ModelUnavailable(reason) from exc
        loaded = LoadedModel(name, obj, threading.Lock(), time.perf_counter() - began)
        _cache[name] = loaded
        return loaded


def forget_models() -> None:
    """Drop cached models (tests and benchmarks measuring load time use this)."""
    with _cache_lock:
        _cache.clear()

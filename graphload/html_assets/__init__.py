"""Page template, script and styles of the HTML export, plus the vis-network files from pyvis."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..errors import ConfigError

HERE = Path(__file__).resolve().parent
VIS_VERSION = "vis-9.1.2"


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    """Text of one of graphload's own page files (``page.html``, ``page.css``, ``graphload.js``)."""
    return (HERE / name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def vis_asset(name: str) -> str:
    """Text of ``vis-network.min.js`` / ``vis-network.css`` as shipped inside the pyvis package."""
    import pyvis

    path = Path(pyvis.__file__).resolve().parent / "lib" / VIS_VERSION / name
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        raise ConfigError(f"{path}: vis-network file missing from the pyvis package; "
                          "reinstall pyvis (pip install --force-reinstall 'pyvis>=0.3.2')") from None

"""The engine: pure, typed, no I/O.  `Screener` screens one shipment at a time.

goods.py, places.py, parties.py  find rule terms and listed names in fields
applicability.py                 whether a hit applies (direction, country) and its level
decision.py                      the status from the hits
screener.py                      the `Screener`: caches per field value, ties the parts
"""

from screen.engine.screener import Screener

__all__ = ["Screener"]

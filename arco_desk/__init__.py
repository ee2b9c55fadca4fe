"""ARCO Desk: reception, phone memos and complaint tracking for the front desk."""

__version__ = "0.1.0"

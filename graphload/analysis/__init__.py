"""Offline analysis of the networkx mirror: views, metrics, paths, communities, reports.

Every function returns plain data (dataclasses, lists, dicts) and never prints;
the click commands in ``graphload.commands.analysis`` render them.
"""

from .report import (  # noqa: F401
    Report,
    ReportOptions,
    build_report,
    render_csv,
    render_json,
    render_markdown,
    report_markdown_for_build,
    report_summary,
    write_report,
)
from .views import ViewOptions, build_view  # noqa: F401

"""briefing: a static-site generator for a conflict briefing digest."""

__version__ = "0.1.0"
DISTRIBUTION = "conflict-briefing"  # the name pip knows it by ("briefing" on PyPI is another project)
DEFAULT_PACKAGE = f"{DISTRIBUTION}=={__version__}"  # what `briefing init` has a Pages workflow install: exactly this version, never a namesake

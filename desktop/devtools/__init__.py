"""Developer tools: the benchmark, the README's screenshots, the Qt probes the benchmark runs,
and the data they build (synthetic plans, the large workspace, exchange scenes).

None of it is part of the shipped client: ``build/luoshi.spec`` excludes ``desktop.devtools``
from the bundle, and no product module imports it (``tests/test_layering.py``). The one door
from the product is ``python -m desktop bench`` (``desktop/commands/bench.py``), a developer
subcommand that imports ``desktop.devtools.bench`` when it runs and, in the bundle, says in
Chinese that it needs a source checkout.

Devtools may import any layer of ``desktop``. None of it uses Qt: the tools that do (screenshots,
the client probes) are in ``desktop.ui.devtools``, left out of the bundle the same way.
"""

"""sitegen: compare how different outlets reported one event, as a static site.

Two halves, each a package:

- :mod:`sitegen.engine` compares the articles of one event. Every stage is a
  pure function over plain dataclasses (:mod:`sitegen.engine.model`), so a
  notebook can run any of them on two strings::

      from sitegen.engine.segment import segment
      from sitegen.engine.align import align
      from sitegen.engine.comparison import compare

- :mod:`sitegen.site` loads ``content/``, caches, renders the pages, writes
  ``output/`` and serves it (:func:`sitegen.site.build.build` runs it all).

Beside them, :mod:`sitegen.importer` makes the articles users have (saved pages, copied
text, URLs) into content files, for ``sitegen import``.
"""

__version__ = "0.1.0"

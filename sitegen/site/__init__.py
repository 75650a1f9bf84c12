"""The site half of sitegen: load content, cache, render, write and serve.

Only :mod:`.loader` (with :mod:`.cache`) reads the site and only
:mod:`.writer` writes ``output/``; :mod:`.build` runs the pipeline and
:mod:`.serve` with :mod:`.watch` sits on top of it.
"""

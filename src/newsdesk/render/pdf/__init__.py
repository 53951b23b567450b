"""PDFs of articles: the only Qt outside gui/ (QtGui's layout and PDF writer) lives in this package.

`pages` writes the proof and the publication PDF; `application` starts Qt where nothing else did,
`fonts` registers and chooses faces, `runs` walks a laid-out document; `images` and `dates`
post-process the written bytes (original JPEGs in, the writer's clock out).
"""

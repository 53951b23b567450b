"""PDFs of articles: the only Qt outside gui/ (QtGui's layout and PDF writer) lives in this package.

`pages` writes the proof and the publication PDF, `lines` lays out its own lines; `application`
starts Qt where nothing else did, `fonts` registers the shipped face every PDF is set in, `runs`
walks a laid-out document. Text copies back as typed: `glyphs` notes what each glyph stands for
and numbers them, `textmaps` writes that into the fonts' ToUnicode maps and `spans` joins
glyphs that stand for no letter to their letter. `images`, `dates` and `finish` post-process the
written bytes (original JPEGs in, the writer's clock out, the numbering page taken out).
"""

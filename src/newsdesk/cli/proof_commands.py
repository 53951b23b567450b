"""`newsdesk article proof ID --out FILE.pdf`: the article on A4 pages, marked as a proof."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from newsdesk.cli.output import print_json, print_line

if TYPE_CHECKING:
    from newsdesk.cli.context import CommandContext


def add_proof_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register `article proof` on the article sub-commands."""
    proof = sub.add_parser("proof", parents=[common], help="write a PDF proof of an article")
    proof.add_argument("id")
    proof.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    proof.set_defaults(handler=cmd_proof)


def cmd_proof(ctx: CommandContext) -> int:
    """Write a PDF proof of one article."""
    from newsdesk.services.articles import ArticleService

    article = ArticleService(ctx.db, ctx.actor).get(ctx.args.id)
    # Qt is loaded only for this command, so every other command starts without it.
    from newsdesk.render.pdf.pages import write_proof_pdf

    result = write_proof_pdf(article, ctx.args.out)
    if ctx.as_json:
        print_json(
            {
                "id": article.id,
                "version": article.version,
                "out": str(result.path),
                "pages": result.pages,
            }
        )
    else:
        print_line(f"proof: {result.path} ({result.pages} pages, version {article.version})")
    return 0

"""The Arabic text layer: normalisation with an offset map, sentence splitting, tokenisation with clitics."""

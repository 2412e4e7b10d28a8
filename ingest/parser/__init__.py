"""Pure-Python page parser: OCR page text in, dataclasses out. No Django import here."""

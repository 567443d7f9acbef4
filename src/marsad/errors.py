"""The coded error catalogue. Every error marsad raises on purpose is a MarsadError with a stable code.

Codes:
  M100  input file cannot be read
  M101  input line is not valid JSON
  M102  input record lacks a required field or has a wrong type
  M103  input date is not YYYY-MM-DD
  M104  CSV has no column with the requested name
  M200  dictionary file cannot be read or parsed
  M201  dictionary record is invalid (missing field, bad code, bad date)
  M202  dictionary reference points to something that does not exist
  M300  pipeline stages do not chain (a stage requires what no earlier stage provides)
  M400  evaluation data cannot be read
  M500  the store cannot be opened or written
  M501  a document could not be coded (the batch goes on without it)
"""

from __future__ import annotations


class MarsadError(Exception):
    """Base error: `code` is stable, `where` names the file/line/field when known."""

    code = "M000"

    def __init__(self, message: str, where: str | None = None) -> None:
        self.message = message
        self.where = where
        super().__init__(self.__str__())

    def __str__(self) -> str:
        loc = f"{self.where}: " if self.where else ""
        return f"[{self.code}] {loc}{self.message}"


class InputReadError(MarsadError):
    code = "M100"


class InputJSONError(MarsadError):
    code = "M101"


class InputFieldError(MarsadError):
    code = "M102"


class InputDateError(MarsadError):
    code = "M103"


class InputColumnError(MarsadError):
    code = "M104"


class DictionaryReadError(MarsadError):
    code = "M200"


class DictionaryRecordError(MarsadError):
    code = "M201"


class DictionaryReferenceError(MarsadError):
    code = "M202"


class PipelineChainError(MarsadError):
    code = "M300"


class EvaluationDataError(MarsadError):
    code = "M400"


class StoreError(MarsadError):
    code = "M500"


class CodingError(MarsadError):
    code = "M501"

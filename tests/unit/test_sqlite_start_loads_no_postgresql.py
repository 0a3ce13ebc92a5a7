"""On SQLite, no process loads SQLAlchemy's PostgreSQL dialect (~50 ms of every start, flow and
worker): the models name PostgreSQL's options only when a PostgreSQL engine is made."""

import subprocess
import sys
from pathlib import Path

from sqlalchemy.schema import CreateIndex

from core import models as m
from core.db import make_engine

ROOT = Path(__file__).resolve().parents[2]


def test_the_app_the_flows_and_the_worker_on_sqlite_load_no_postgresql_dialect(tmp_path):
    code = (
        "import sys\n"
        "import core.db, core.processing, core.services, core.devices, core.queries\n"
        "import core.store_ops, core.world, gui.builder, gui.flows.runner\n"
        f"core.db.make_engine('sqlite:///{tmp_path / 'x.db'}').dispose()\n"
        "print(sorted(k for k in sys.modules if 'postgresql' in k))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True, env={"QT_QPA_PLATFORM": "offscreen",
                                                     "PATH": "/usr/bin:/bin"})
    assert out.stdout.strip() == "[]"


def test_a_postgresql_engine_gives_the_one_pending_index_its_where():
    index = next(i for i in m.DeletionRequest.__table__.indexes
                 if i.name == "uq_deletion_requests_one_pending")
    index.dialect_options["postgresql"]["where"] = None  # as if no PostgreSQL engine yet
    engine = make_engine("postgresql+psycopg://u:p@127.0.0.1:1/none")  # connects to nothing
    try:
        for dialect in (engine.dialect, make_engine("sqlite://").dialect):
            ddl = str(CreateIndex(index).compile(dialect=dialect))
            assert ddl.endswith("(profile_id) WHERE status = 'pending'"), ddl
    finally:
        engine.dispose()

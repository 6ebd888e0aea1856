from .publish.cli import app

app(prog_name="zmd-report")

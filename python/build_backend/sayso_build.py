"""A PEP 517 / PEP 660 build backend for the sayso binding, standard library only.

The binding is pure Python, so a wheel is a zip of the sayso/ package plus
its .dist-info. Doing that here rather than through setuptools means that
`pip install ./python` needs nothing from a package index: pip's build
isolation installs the backend's requirements first, and there are none.

Metadata (name, version, description, readme, requires-python, license) is
read from the [project] table of pyproject.toml.
"""

import base64
import hashlib
import io
import os
import re
import tarfile
import time
import zipfile

_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_PACKAGE = "sayso"
_TAG = "py3-none-any"


def _project():
    with open(os.path.join(_ROOT, "pyproject.toml"), "rb") as f:
        data = f.read()
    try:
        import tomllib  # Python 3.11+
        return tomllib.loads(data.decode("utf-8"))["project"]
    except ImportError:
        pass
    # Older Pythons: the [project] table holds only `key = "string"` lines.
    project, section = {}, None
    for line in data.decode("utf-8").splitlines():
        line = line.strip()
        if line.startswith("["):
            section = line
        elif section == "[project]":
            m = re.match(r'^([A-Za-z-]+)\s*=\s*"(.*)"\s*$', line)
            if m:
                project[m.group(1)] = m.group(2).replace('\\"', '"')
    return project


def _metadata():
    project = _project()
    lines = [
        "Metadata-Version: 2.1",
        "Name: " + project["name"],
        "Version: " + project["version"],
        "Summary: " + project.get("description", ""),
    ]
    if "requires-python" in project:
        lines.append("Requires-Python: " + project["requires-python"])
    license = project.get("license")
    if isinstance(license, dict):
        license = license.get("text")
    if isinstance(license, str):
        lines.append("License: " + license)
    body = ""
    readme = project.get("readme")
    if isinstance(readme, str):
        with open(os.path.join(_ROOT, readme), encoding="utf-8") as f:
            body = f.read()
        lines.append("Description-Content-Type: text/markdown")
    return project, "\n".join(lines) + "\n\n" + body


def _dist_name(project):
    return re.sub(r"[-_.]+", "_", project["name"]).lower() + "-" + project["version"]


def _package_files():
    """(path in the archive, path on disk) of every module of the package."""
    files = []
    for directory, dirs, names in os.walk(os.path.join(_ROOT, _PACKAGE)):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(names):
            if name.endswith(".py") or name == "py.typed":
                path = os.path.join(directory, name)
                files.append((os.path.relpath(path, _ROOT).replace(os.sep, "/"), path))
    return files


def _record_line(name, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode("ascii")
    return "%s,sha256=%s,%d" % (name, digest, len(data))


def _write_wheel(directory, contents):
    """Writes a wheel of `contents` ([(name, bytes)]) plus its .dist-info; returns its file name."""
    project, metadata = _metadata()
    dist = _dist_name(project)
    info = dist + ".dist-info"
    contents = list(contents) + [
        (info + "/METADATA", metadata.encode("utf-8")),
        (info + "/WHEEL", ("Wheel-Version: 1.0\nGenerator: sayso_build\nRoot-Is-Purelib: true\n"
                           "Tag: %s\n" % _TAG).encode("ascii")),
        (info + "/top_level.txt", (_PACKAGE + "\n").encode("ascii")),
    ]
    record = [_record_line(name, data) for name, data in contents]
    record.append(info + "/RECORD,,")
    contents.append((info + "/RECORD", ("\n".join(record) + "\n").encode("utf-8")))
    wheel_name = "%s-%s.whl" % (dist, _TAG)
    with zipfile.ZipFile(os.path.join(directory, wheel_name), "w", zipfile.ZIP_DEFLATED) as wheel:
        for name, data in contents:
            entry = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            entry.external_attr = 0o644 << 16
            entry.compress_type = zipfile.ZIP_DEFLATED
            wheel.writestr(entry, data)
    return wheel_name


# --- PEP 517 -----------------------------------------------------------------------


def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_sdist(config_settings=None):
    return []


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    contents = []
    for name, path in _package_files():
        with open(path, "rb") as f:
            contents.append((name, f.read()))
    return _write_wheel(wheel_directory, contents)


def build_sdist(sdist_directory, config_settings=None):
    project, metadata = _metadata()
    base = _dist_name(project)
    files = [("pyproject.toml", os.path.join(_ROOT, "pyproject.toml")),
             ("README.md", os.path.join(_ROOT, "README.md")),
             ("build_backend/sayso_build.py", os.path.abspath(__file__))]
    files += _package_files()
    tests = os.path.join(_ROOT, "tests")
    for name in sorted(os.listdir(tests)):
        if name.endswith(".py"):
            files.append(("tests/" + name, os.path.join(tests, name)))
    sdist_name = base + ".tar.gz"
    with tarfile.open(os.path.join(sdist_directory, sdist_name), "w:gz", format=tarfile.PAX_FORMAT) as tar:
        def add(name, data):
            entry = tarfile.TarInfo(base + "/" + name)
            entry.size = len(data)
            entry.mtime = int(time.time())
            entry.mode = 0o644
            tar.addfile(entry, io.BytesIO(data))
        add("PKG-INFO", metadata.encode("utf-8"))
        for name, path in files:
            with open(path, "rb") as f:
                add(name, f.read())
    return sdist_name


# --- PEP 660: pip install -e ./python ------------------------------------------------


def get_requires_for_build_editable(config_settings=None):
    return []


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    # A .pth file puts this directory on sys.path: edits take effect at once.
    return _write_wheel(wheel_directory, [("_sayso_editable.pth", (_ROOT + "\n").encode("utf-8"))])

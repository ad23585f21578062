"""A PEP 517 / PEP 660 build backend for the sayso binding, standard library only.

A wheel is a zip of the sayso/ package, the C library libsayso_c (as
sayso/_lib/libsayso_c.so.MAJOR, which the binding loads first) and the
.dist-info. Doing that here rather than through setuptools means that
`pip install ./python` needs nothing from a package index: pip's build
isolation installs the backend's requirements first, and there are none.

The library is built by CMake from the same source tree (the parent of this
python/ directory): in the build directory named by SAYSO_BUILD_DIR, else
build/ at the top of the tree (the one tools/setup.sh makes). A directory
that is not configured yet is configured as a Release build. Then
`cmake --build DIR --target sayso_c` brings the library up to date (a no-op
after tools/setup.sh). SAYSO_WHEEL_LIBRARY=FILE puts FILE in the wheel
instead, without CMake. The wheel is then tagged for this platform.

An editable install (pip install -e) bundles nothing: the binding finds the
tree's build/lib itself (see sayso/_binding.py).

Metadata (name, version, description, readme, requires-python, license) is
read from the [project] table of pyproject.toml.
"""

import base64
import hashlib
import io
import os
import re
import shutil
import subprocess
import sysconfig
import tarfile
import time
import zipfile

_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_SOURCE_TREE = os.path.dirname(_ROOT)
_PACKAGE = "sayso"
_LIBRARY_MAJOR = 0  # keep equal to _MAJOR in sayso/_binding.py
_PURE_TAG = "py3-none-any"


def _platform_tag():
    return "py3-none-" + re.sub(r"[-.]", "_", sysconfig.get_platform())


def _cmake_build_dir():
    return os.environ.get("SAYSO_BUILD_DIR") or os.path.join(_SOURCE_TREE, "build")


def _built_library():
    """The path of a libsayso_c built from this tree, building it if needed."""
    given = os.environ.get("SAYSO_WHEEL_LIBRARY")
    if given:
        if not os.path.isfile(given):
            raise RuntimeError("SAYSO_WHEEL_LIBRARY=%s: no such file" % given)
        return given
    if not os.path.isfile(os.path.join(_SOURCE_TREE, "CMakeLists.txt")):
        raise RuntimeError(
            "sayso: the wheel carries libsayso_c, built by CMake from the sayso source tree, but %s is "
            "not one (build from a checkout of sayso, or set SAYSO_WHEEL_LIBRARY to a built "
            "libsayso_c.so)" % _SOURCE_TREE)
    cmake = shutil.which("cmake")
    if not cmake:
        raise RuntimeError("sayso: cmake is needed to build libsayso_c (run tools/setup.sh first)")
    build_dir = _cmake_build_dir()
    if not os.path.isfile(os.path.join(build_dir, "CMakeCache.txt")):
        subprocess.run([cmake, "-S", _SOURCE_TREE, "-B", build_dir, "-DCMAKE_BUILD_TYPE=Release"], check=True)
    jobs = str(os.cpu_count() or 1)
    # stdout goes to stderr: a PEP 517 hook's stdout is not for tool output.
    subprocess.run([cmake, "--build", build_dir, "--target", "sayso_c", "-j", jobs], check=True,
                   stdout=2)
    library = os.path.join(build_dir, "lib", "libsayso_c.so.%d" % _LIBRARY_MAJOR)
    if not os.path.exists(library):
        raise RuntimeError("sayso: the build in %s did not make %s" % (build_dir, library))
    return os.path.realpath(library)


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


def _write_wheel(directory, contents, tag=_PURE_TAG):
    """Writes a wheel of `contents` ([(name, bytes)]) plus its .dist-info; returns its file name."""
    project, metadata = _metadata()
    dist = _dist_name(project)
    info = dist + ".dist-info"
    contents = list(contents) + [
        (info + "/METADATA", metadata.encode("utf-8")),
        (info + "/WHEEL", ("Wheel-Version: 1.0\nGenerator: sayso_build\nRoot-Is-Purelib: %s\n"
                           "Tag: %s\n" % ("true" if tag == _PURE_TAG else "false", tag)).encode("ascii")),
        (info + "/top_level.txt", (_PACKAGE + "\n").encode("ascii")),
    ]
    record = [_record_line(name, data) for name, data in contents]
    record.append(info + "/RECORD,,")
    contents.append((info + "/RECORD", ("\n".join(record) + "\n").encode("utf-8")))
    wheel_name = "%s-%s.whl" % (dist, tag)
    with zipfile.ZipFile(os.path.join(directory, wheel_name), "w", zipfile.ZIP_DEFLATED) as wheel:
        for name, data in contents:
            entry = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            entry.external_attr = (0o755 if name.endswith(".so.%d" % _LIBRARY_MAJOR) else 0o644) << 16
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
    with open(_built_library(), "rb") as f:
        contents.append(("%s/_lib/libsayso_c.so.%d" % (_PACKAGE, _LIBRARY_MAJOR), f.read()))
    return _write_wheel(wheel_directory, contents, _platform_tag())


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

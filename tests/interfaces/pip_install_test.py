"""`pip install ./python` works offline: into a fresh virtual environment
(made with --system-site-packages, as the docs say, so that Debian's dask
and pandas are seen), with no package index at all, and the installed
package runs on the copy of libsayso_c that its wheel carries, built by
CMake in BUILD_DIR (SAYSO_LIBRARY is not set).

    python3 tests/interfaces/pip_install_test.py PYTHON_DIR WORK_DIR BUILD_DIR

Exits 77 (ctest: skipped) when this Python cannot make a virtual
environment with pip (Debian: the python3-venv package).
"""

import os
import shutil
import subprocess
import sys
import venv


def main():
    python_dir, work_dir, build_dir = sys.argv[1:4]
    shutil.rmtree(work_dir, ignore_errors=True)
    os.makedirs(work_dir)
    env_dir = os.path.join(work_dir, "venv")
    try:
        venv.EnvBuilder(with_pip=True, system_site_packages=True).create(env_dir)
    except Exception as e:  # no ensurepip: python3-venv is not installed
        print("skipped: cannot create a virtual environment with pip: %s" % e)
        return 77
    python = os.path.join(env_dir, "bin", "python")
    # No index, no local wheels: whatever the build needs must come with it.
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("PIP_") and k not in ("SAYSO_LIBRARY", "PYTHONPATH")}
    env.update({"PIP_NO_INDEX": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PYTHONDONTWRITEBYTECODE": "1",
                "SAYSO_BUILD_DIR": build_dir})
    subprocess.run([python, "-m", "pip", "install", "--quiet", python_dir], env=env, check=True, cwd=work_dir)
    script = (
        "import os, sayso, sys\n"
        "assert sayso.__file__.startswith(sys.prefix), sayso.__file__\n"
        "assert sayso.library_path() == sayso.BUNDLED_LIBRARY, sayso.library_path()\n"
        "assert sayso.BUNDLED_LIBRARY.startswith(sys.prefix), sayso.BUNDLED_LIBRARY\n"
        "assert sayso.version().library == sayso.__version__, sayso.version()\n"
        "assert os.path.isfile(os.path.join(os.path.dirname(sayso.__file__), 'py.typed'))\n"
        "try:\n"
        "    import pandas\n"
        "except ImportError:\n"
        "    pandas = None\n"
        "if pandas is not None:  # Debian's pandas, seen through --system-site-packages\n"
        "    frames = sayso.to_frames([sayso.Pipeline().extract('\"Yes,\" Ada Brill said.', id='f')])\n"
        "    assert list(frames['quotes']['speaker']) == ['Ada Brill'], frames['quotes']\n"
        "try:\n"
        "    import sayso.dask\n"
        "    assert sayso.dask.__file__.startswith(sys.prefix)\n"
        "except ImportError as e:\n"
        "    assert 'dask' in str(e), e  # only when python3-dask is missing\n"
        "r = sayso.Pipeline().extract('\"We will rebuild,\" Mayor Anna Lindqvist said.', id='x')\n"
        "assert [q['speaker'] for q in r['quotes']] == ['Anna Lindqvist'], r\n"
        "r = sayso.Pipeline(keep_unattributed=True).extract('\"Nobody expected this.\"')\n"
        "assert len(r['quotes']) == 1 and r['quotes'][0]['speaker'] is None, r\n"
        "print('installed', sayso.__file__)\n")
    subprocess.run([python, "-c", script], env=env, check=True, cwd=work_dir)
    # The source tree is left as it was: no build/ or egg-info beside it.
    leftovers = [n for n in os.listdir(python_dir) if n == "build" or n.endswith(".egg-info")]
    if leftovers:
        print("pip left %s in %s" % (leftovers, python_dir))
        return 1
    shutil.rmtree(work_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Shared by the rule generators in tools/: the installed version of a Debian
package, written into the header of the file generated from it."""
import subprocess


def package_version(name):
    try:
        return subprocess.run(["dpkg-query", "-W", "-f=${Version}", name], check=True,
                              capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"

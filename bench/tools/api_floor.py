#!/usr/bin/env python3
"""The floor of a catalogue's compile: its public API's declarations with nothing behind them.

Reads the group files the generator wrote (``--write-generated N <folder>``) and writes two console projects:

- ``floor/``: every fact class with ``Id``, its claim members, ``Value`` and ``Fact``, as generated (names, types,
  constants and ``[Obsolete]`` attributes), without doc comments, ``#line`` directives, manifest attributes, the store
  (records, tables, lookups) or the root and sources files; ``All`` and ``Fact`` return null;
- ``empty/``: the same console project with no facts.

Both reference the runtime library (``FactCatalog.dll``, for ``Fact<T>`` and ``FactDate``) and no generator. Built
alternately with the real-build command, the ratio of their CPU and memory is what the API contract alone costs the
compiler: no change to what the generator writes behind the API can take a build below it.

Usage: api_floor.py <generated-folder> <runtime FactCatalog.dll> <output-folder>
"""
import os
import re
import sys

GETTER = re.compile(r"^(\s*public static .* (All|Fact)) => .*;$")

PROJECT = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="FactCatalog" HintPath="{runtime}" />
  </ItemGroup>
</Project>
"""


def public_part(text):
    """The group file's public namespace, without what the API does not need."""
    lines = []
    for line in text.split("\n"):
        stripped = line.strip()
        if line.startswith("}"):
            lines.append(line)
            break
        if stripped.startswith("///") or stripped.startswith("#line") or stripped.startswith("[assembly:"):
            continue
        getter = GETTER.match(line)
        lines.append(getter.group(1) + " => null!;" if getter else line)
    return "\n".join(lines) + "\n"


def main(generated, runtime, output):
    runtime = os.path.abspath(runtime)
    floor = os.path.join(output, "floor")
    empty = os.path.join(output, "empty")
    os.makedirs(os.path.join(floor, "Api"), exist_ok=True)
    os.makedirs(empty, exist_ok=True)
    namespace = None
    first_fact = None
    characters = 0
    for name in sorted(os.listdir(generated)):
        if not name.endswith(".g.cs") or name in ("Facts.g.cs", "Sources.g.cs"):
            continue
        with open(os.path.join(generated, name), encoding="utf-8") as f:
            code = public_part(f.read())
        characters += len(code)
        with open(os.path.join(floor, "Api", name), "w", encoding="utf-8") as f:
            f.write(code)
        if namespace is None:
            namespace = re.search(r"^namespace (\S+)", code, re.M).group(1)
            group = re.search(r"^        public static partial class (\w+)", code, re.M).group(1)
            fact = re.search(r"^            public static partial class (\w+)", code, re.M).group(1)
            first_fact = f"{namespace}.Facts.{group}.{fact}"
    for folder, program in ((floor, f'Console.WriteLine({first_fact}.Id);\n'), (empty, 'Console.WriteLine("no facts");\n')):
        with open(os.path.join(folder, os.path.basename(folder) + ".csproj"), "w", encoding="utf-8") as f:
            f.write(PROJECT.format(runtime=runtime))
        with open(os.path.join(folder, "Program.cs"), "w", encoding="utf-8") as f:
            f.write(program)
    print(f"floor: {characters / 1e6:.1f} M characters of API; first fact {first_fact}")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])

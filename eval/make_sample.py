#!/usr/bin/env python3
"""Writes the three samples a blind review judges into OUT_DIR:
seeds_top40.json (the seeds' first 40 questions, seed 1), devtexts_top40.json
(the same on the dev articles) and random40.json (40 drawn at random, seed 8,
from every question shown for both). Usage: eval/make_sample.py BIN OUT_DIR
"""
import json, random, subprocess, sys

bin_, out = sys.argv[1], sys.argv[2]
DEV = "tests/fixtures/devtexts"


def questions(path, *extra):
    cmd = [bin_, "questions", path, "--format", "json", *extra]
    return json.loads(subprocess.check_output(cmd))


def write(name, qs):
    with open(f"{out}/{name}.json", "w") as f:
        json.dump(qs, f, indent=1, ensure_ascii=False)
    print(name, len(qs))


write("seeds_top40", questions("seeds", "--count", "40", "--seed", "1"))
write("devtexts_top40", questions(DEV, "--count", "40", "--seed", "1"))
every = questions("seeds", "--seed", "1") + questions(DEV, "--seed", "1")
write("random40", random.Random(8).sample(every, min(40, len(every))))

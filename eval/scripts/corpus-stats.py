#!/usr/bin/env python3
"""Prints the make-up of eval/corpus as Markdown tables (shapes x publishers x languages x licences)."""
import json, os, collections

EVAL = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(EVAL, 'corpus')
shapes = sorted(d for d in os.listdir(CORPUS) if os.path.exists(os.path.join(CORPUS, d, 'truth.json')))
pubs = collections.Counter()
langs = collections.Counter()
print('| shape | files | articles | publishers | languages | no headline in text | no date in text | no byline |')
print('|---|---:|---:|---:|---|---:|---:|---:|')
tot = collections.Counter()
for s in shapes:
    items = json.load(open(os.path.join(CORPUS, s, 'truth.json'), encoding='utf-8'))
    files = {t['file'] for t in items}
    p = collections.Counter(t.get('publisher', '?') for t in items)
    l = collections.Counter(t.get('lang', '?') for t in items)
    pubs.update(p)
    langs.update(l)
    row = dict(files=len(files), articles=len(items), nohl=sum(1 for t in items if not t['headline']),
               nodate=sum(1 for t in items if not t['date_in_text']), noby=sum(1 for t in items if not t['bylines']))
    tot.update(row)
    print(f"| {s} | {row['files']} | {row['articles']} | {len(p)} | {', '.join(f'{k} {v}' for k, v in sorted(l.items()))} | {row['nohl']} | {row['nodate']} | {row['noby']} |")
print(f"| **total** | {tot['files']} | {tot['articles']} | {len(pubs)} | {', '.join(f'{k} {v}' for k, v in sorted(langs.items()))} | {tot['nohl']} | {tot['nodate']} | {tot['noby']} |")
print()
print('| publisher | articles |')
print('|---|---:|')
for k, v in sorted(pubs.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f'| {k} | {v} |')

"""Benchmark the default pipeline on one core.

    python -m moderation.bench [PATH.jsonl] [--rounds N]

Prints mean and p99 latency per message (wall and process CPU), messages per
second, peak memory (RSS), how the time splits between the stages, the mean for the
messages that carry no label (most of a circle's talk), and how long the event loop was
ever blocked while the async path judged messages (the longest gap a 1 ms ticker saw,
and the slowest inline stage). Messages come from PATH (default: the project's training
examples).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import time
from collections.abc import Sequence

from . import MessageContext, RecentMessage, load_pipeline
from .train import project_examples, read_jsonl


def _ctx(i: int) -> MessageContext:
    now = 1_700_000_000.0 + i
    recent = (RecentMessage(now - 120, "earlier message number one"),
              RecentMessage(now - 60, "and another earlier message"))
    return MessageContext(author_id=f"a{i % 7}", author_name="Bench", circle_id="c",
                          now=now, recent=recent, membership_age_s=1e7)


async def _loop_block(pipeline, texts: Sequence[str]) -> tuple[list[float], float]:
    """Event-loop stalls seen by a 1 ms ticker (ms, sorted), and the slowest inline stage."""
    gaps: list[float] = []
    stop = False

    async def ticker() -> None:
        last = time.perf_counter()
        while not stop:
            await asyncio.sleep(0.001)
            now = time.perf_counter()
            gaps.append((now - last - 0.001) * 1000.0)
            last = now

    task = asyncio.create_task(ticker())
    worst_inline = 0.0
    threaded = pipeline.settings.workers > 0
    heavy = {s.name for s in pipeline.stages if s.heavy and threaded}
    for i, text in enumerate(texts):
        d = await pipeline.judge(text, _ctx(i))
        inline = [v for k, v in d.timings_ms.items() if k not in heavy]
        worst_inline = max(worst_inline, sum(inline))
        await asyncio.sleep(0.0005)  # as a server would: other work between messages
    stop = True
    await task
    return sorted(gaps), worst_inline


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    examples = read_jsonl(args.path) if args.path else project_examples()
    texts = [t for t, _ in examples]
    plain = [not labels for _, labels in examples]
    pipeline = load_pipeline(None)
    warm = texts[:50]
    for i, text in enumerate(warm):
        pipeline.judge_sync(text, _ctx(i))
    wall: list[float] = []
    stages: dict[str, float] = {}
    unlabelled: list[float] = []
    cpu_start = time.process_time()
    t0 = time.perf_counter()
    for _ in range(args.rounds):
        for i, text in enumerate(texts):
            s, c = time.perf_counter(), time.process_time()
            d = pipeline.judge_sync(text, _ctx(i))
            wall.append((time.perf_counter() - s) * 1000.0)
            if plain[i]:
                unlabelled.append((time.process_time() - c) * 1000.0)
            for name, ms in d.timings_ms.items():
                stages[name] = stages.get(name, 0.0) + ms
    elapsed = time.perf_counter() - t0
    cpu_ms = (time.process_time() - cpu_start) * 1000.0 / len(wall)
    wall.sort()
    p99 = wall[min(len(wall) - 1, int(len(wall) * 0.99))]
    second = sum(getattr(stage, "second_runs", 0) for stage in pipeline.stages)
    gaps, inline = asyncio.run(_loop_block(pipeline, texts[:300]))
    over = sum(1 for g in gaps if g > 5.0)
    pipeline.close_sync()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print(f"messages judged:    {len(wall)} ({len(texts)} distinct x {args.rounds}), one core")
    print(f"latency mean:       {statistics.fmean(wall):.3f} ms wall, {cpu_ms:.3f} ms CPU")
    print(f"latency p99:        {p99:.3f} ms wall")
    print(f"throughput:         {len(wall) / elapsed:.0f} msgs/s")
    print(f"peak memory (RSS):  {rss_mb:.0f} MB")
    print("by stage (mean):    " + ", ".join(f"{name} {ms / len(wall):.3f} ms"
                                             for name, ms in stages.items()))
    if unlabelled:
        print(f"no label:           {statistics.fmean(unlabelled):.3f} ms CPU mean over the "
              f"{len(unlabelled)} judgements of messages that carry no label")
    judged = len(wall) + len(warm)
    gated = any(getattr(stage, "decisive", None) is not None for stage in pipeline.stages)
    print(f"second opinion:     ran for {second} of {judged} messages "
          f"({100.0 * second / judged:.1f}%); " +
          ("it can decide alone; it skipped those every fast score put under skip_below"
           if gated else "the rest could not change by it"))
    print(f"event loop blocked: longest tick gap {gaps[-1]:.2f} ms, p99 "
          f"{gaps[int(len(gaps) * 0.99)]:.2f} ms, {over} of {len(gaps)} ticks over 5 ms; "
          f"longest time on the loop for one message {inline:.2f} ms")


if __name__ == "__main__":
    main()

using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace FactCatalog.Benchmarks;

/// <summary>
/// <c>Facts.TryGet</c> against <c>Dictionary</c> and <c>FrozenDictionary</c> lookups of the same ids, over the same
/// (already built) fact objects. The three loops are compiled into the catalogue's own assembly, Release, so the
/// JIT sees them alike (<see cref="CompiledCatalogue"/>); ids are fresh strings (not the interned constants) in a
/// fixed shuffled order. "miss" looks up ids the catalogue does not have. Times are per lookup.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RuntimeBenchmarks
{
    public const int FactCount = 10_000;

    private Func<string[], int> _tryGetAll = null!;
    private Func<Dictionary<string, Fact>, string[], int> _dictionaryAll = null!;
    private Func<FrozenDictionary<string, Fact>, string[], int> _frozenAll = null!;
    private Dictionary<string, Fact> _dictionary = null!;
    private FrozenDictionary<string, Fact> _frozen = null!;
    private string[] _hits = null!;
    private string[] _misses = null!;

    [GlobalSetup]
    public void Setup()
    {
        Assembly assembly = Assembly.LoadFrom(CompiledCatalogue.AssemblyPath(CompiledCatalogue.Ensure(FactCount)));
        Type loops = assembly.GetType(CompiledCatalogue.LookupLoopsType, throwOnError: true)!;
        _tryGetAll = loops.GetMethod("TryGetAll")!.CreateDelegate<Func<string[], int>>();
        _dictionaryAll = loops.GetMethod("DictionaryAll")!.CreateDelegate<Func<Dictionary<string, Fact>, string[], int>>();
        _frozenAll = loops.GetMethod("FrozenDictionaryAll")!.CreateDelegate<Func<FrozenDictionary<string, Fact>, string[], int>>();

        // Reading Facts.All builds every fact; the dictionaries hold those same objects.
        var all = (IReadOnlyList<Fact>)GeneratedAssembly.Facts(assembly).GetProperty("All")!.GetValue(null)!;
        _dictionary = all.ToDictionary(f => f.Id);
        _frozen = _dictionary.ToFrozenDictionary();

        string[] ids = all.Select(f => new string(f.Id.AsSpan())).ToArray();
        new Random(20_241_107).Shuffle(ids);
        _hits = ids;
        _misses = ids.Select(id => id + "-x").ToArray();
        if (_tryGetAll(_hits) != FactCount || _dictionaryAll(_dictionary, _hits) != FactCount || _frozenAll(_frozen, _hits) != FactCount
            || _tryGetAll(_misses) + _dictionaryAll(_dictionary, _misses) + _frozenAll(_frozen, _misses) != 0)
        {
            throw new InvalidOperationException("The three lookups disagree.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = FactCount)]
    [BenchmarkCategory("hit")]
    public int Dictionary() => _dictionaryAll(_dictionary, _hits);

    [Benchmark(OperationsPerInvoke = FactCount)]
    [BenchmarkCategory("hit")]
    public int FrozenDictionary() => _frozenAll(_frozen, _hits);

    [Benchmark(OperationsPerInvoke = FactCount)]
    [BenchmarkCategory("hit")]
    public int FactsTryGet() => _tryGetAll(_hits);

    [Benchmark(Baseline = true, OperationsPerInvoke = FactCount)]
    [BenchmarkCategory("miss")]
    public int DictionaryMiss() => _dictionaryAll(_dictionary, _misses);

    [Benchmark(OperationsPerInvoke = FactCount)]
    [BenchmarkCategory("miss")]
    public int FrozenDictionaryMiss() => _frozenAll(_frozen, _misses);

    [Benchmark(OperationsPerInvoke = FactCount)]
    [BenchmarkCategory("miss")]
    public int FactsTryGetMiss() => _tryGetAll(_misses);
}

using System.Globalization;
using System.Text;

namespace FactCatalog.Tests.Storage;

/// <summary>Writes records the way generated code holds them, for the storage tests.</summary>
internal sealed class Record
{
    private readonly StringBuilder _text = new();

    public Record Text(string? value)
    {
        _text.Append(value is null ? "~" : Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture) + ":" + value);
        return this;
    }

    public Record Number(int value)
    {
        _text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(',');
        return this;
    }

    public byte[] Bytes() => Encoding.UTF8.GetBytes(_text.ToString());

    public override string ToString() => _text.ToString();

    /// <summary>One chunk holding <paramref name="records"/>, each as a length-prefixed field.</summary>
    public static byte[] Chunk(params string[] records)
    {
        var chunk = new Record();
        foreach (string record in records)
        {
            chunk.Text(record);
        }
        return chunk.Bytes();
    }

    /// <summary>A source record with an id, a file and a title; every other field empty.</summary>
    public static string Source(string id, string title) => new Record()
        .Text(id).Text(id + ".txt").Text(null).Text(title).Text(null).Text(null).Number(0)
        .Text("2024-11-07").Text(null).Text("None").Text(null).Text(null).Text(null).Text(null).Text(null).ToString();

    /// <summary>A count fact with one claim per value, the first answering it.</summary>
    public static string CountFact(string id, params int[] values)
    {
        var fact = new Record().Text(id).Text("Statement of " + id + ".").Text("Count").Text("troops").Number(1).Text("tag")
            .Text("Consistent").Text("claim0").Number(values.Length);
        for (int i = 0; i < values.Length; i++)
        {
            fact.Text(values[i].ToString(CultureInfo.InvariantCulture)).Text("claim" + i).Text("the claimant \u201Cquoted\u201D").Text("Normal").Text(null)
                .Text("About").Text("troops").Text("2024-10-28").Number(0).Text(null)
                .Text(i == 1 ? "Denies" : null).Text(null).Text(null)
                .Number(0).Text("about " + values[i] + " troops").Number(2).Number(5).Number(40).Number(17);
        }
        return fact.ToString();
    }
}

using System;
using System.Globalization;
using System.Linq;
using FactCatalog.Catalogue.Model;
using FactCatalog.Catalogue.Naming;

namespace FactCatalog.Generator.Emit;

/// <summary>
/// How a fact's value type appears in code (C# type, literal, whether it can be <c>const</c>) and how a
/// claimed value reads in a tooltip ("about 10,000 troops").
/// </summary>
public static class ValueCode
{
    /// <summary>The C# type of values of <paramref name="kind"/>.</summary>
    public static string TypeOf(FactValueType kind) => kind switch
    {
        FactValueType.Count or FactValueType.Year => "int",
        FactValueType.Integer => "long",
        FactValueType.Number or FactValueType.Percent => "double",
        FactValueType.Date => "global::FactCatalog.FactDate",
        FactValueType.Boolean => "bool",
        _ => "string",
    };

    /// <summary>
    /// The private method of a group class that reads a fact of <paramref name="kind"/> as its typed class, one per
    /// C# type (<see cref="GeneratedMemberNames.FactReaders"/>), in that list's order: <see cref="TypeOf"/> decides it.
    /// </summary>
    public static string FactReader(FactValueType kind) => GeneratedMemberNames.FactReaders[kind switch
    {
        FactValueType.Count or FactValueType.Year => 0,
        FactValueType.Integer => 1,
        FactValueType.Number or FactValueType.Percent => 2,
        FactValueType.Date => 3,
        FactValueType.Boolean => 4,
        _ => 5,
    }];

    /// <summary>Dates are structs built by a constructor; every other type is a C# constant.</summary>
    public static bool IsConst(FactValueType kind) => kind != FactValueType.Date;

    /// <summary><c>public const int</c> or <c>public static readonly global::FactCatalog.FactDate</c>.</summary>
    public static string Declaration(FactValueType kind) =>
        IsConst(kind) ? "public const " + TypeOf(kind) : "public static readonly " + TypeOf(kind);

    /// <summary>A value of the type that no one should read: the value of a disputed fact's unusable <c>Value</c>.</summary>
    public static string Placeholder(FactValueType kind) => kind switch
    {
        FactValueType.Count or FactValueType.Year or FactValueType.Integer => "0",
        FactValueType.Number or FactValueType.Percent => "0.0",
        FactValueType.Date => "default",
        FactValueType.Boolean => "false",
        _ => "\"\"",
    };

    /// <summary>A claimed value for people: bound, value (10,000 with separators), unit.</summary>
    public static string Describe(FactValueType type, FactValue value, ClaimBound bound, string? unit)
    {
        string shown = Show(type, value);
        string text = bound switch
        {
            ClaimBound.About => "about " + shown,
            ClaimBound.AtLeast => "at least " + shown,
            ClaimBound.AtMost => "at most " + shown,
            ClaimBound.MoreThan => "more than " + shown,
            _ => shown,
        };
        return unit is null ? text : text + " " + unit;
    }

    /// <summary>The value type in words: "count", "date"...</summary>
    public static string KindWord(FactValueType kind) => kind.ToString().ToLowerInvariant();

    private static string Show(FactValueType type, FactValue value)
    {
        switch (type)
        {
            case FactValueType.Count:
            case FactValueType.Integer:
                return long.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long whole)
                    ? whole.ToString("N0", CultureInfo.InvariantCulture) : value.Text;
            case FactValueType.Percent:
                return value.Text + "%";
            case FactValueType.Text:
                return "\u201C" + value.Text + "\u201D";
            default:
                return value.Text;
        }
    }
}

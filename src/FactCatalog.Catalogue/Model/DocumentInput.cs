namespace FactCatalog.Catalogue.Model;

/// <summary>A source document as read from the compilation's additional files: its path and its text.</summary>
public sealed record DocumentInput(string Path, string Text);

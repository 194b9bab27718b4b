namespace FactCatalog.Catalogue.Model;

// These mirror the runtime library's enums member for member (FactValueType, ClaimBound, ClaimRank,
// SourceTranslation, ClaimStance): the emitter writes `global::FactCatalog.<Enum>.<Member>` from these names. They are
// declared again because this assembly runs inside the compiler and must not depend on the runtime library.

/// <summary>The value type of a fact.</summary>
public enum FactValueType { Count, Integer, Number, Percent, Date, Year, Text, Boolean }

/// <summary>How a claim's value bounds the true value.</summary>
public enum ClaimBound { Exact, About, AtLeast, AtMost, MoreThan }

/// <summary>A claim's rank.</summary>
public enum ClaimRank { Normal, Preferred, Deprecated }

/// <summary>How a claimant stands toward its claim's value: says it, denies the opposite, or declines to say.</summary>
public enum ClaimStance { Asserts, Denies, Declines }

/// <summary>Whether a source is a translation, and by whom.</summary>
public enum SourceTranslation { None, Human, Machine }

/// <summary>The derived status of a fact.</summary>
public enum FactStatus { Consistent, Resolved, Disputed, Unsupported }

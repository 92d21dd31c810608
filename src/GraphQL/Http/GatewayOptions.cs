namespace OnePlusX.GraphQL.Http;

/// <summary>The gateway's protection and features (<c>OnePlusX:GraphQL</c>); every limit is checked before execution.</summary>
public sealed class GatewayOptions
{
    /// <summary>Largest query document accepted, in bytes (UTF-8).</summary>
    public int MaxDocumentBytes { get; set; } = 32 * 1024;

    /// <summary>Deepest selection nesting.</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>Largest computed cost: lists count as the page size asked for (<c>first</c>/<c>last</c>), else 50.</summary>
    public int MaxComplexity { get; set; } = 250_000;

    /// <summary>Most aliases in one document.</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>
    /// Most fragment definitions in one document: chains of fragment spreads make validation's field-merging check
    /// slow (seconds for a few hundred), so their number is bounded before validation starts.
    /// </summary>
    public int MaxFragments { get; set; } = 64;

    /// <summary>Most field selections in one document, counted on its syntax tree (fragments counted once).</summary>
    public int MaxFields { get; set; } = 1000;

    /// <summary>Most fields selected at the root of one operation.</summary>
    public int MaxRootFields { get; set; } = 20;

    /// <summary>Longest an execution may run.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Answer introspection queries (off in environments that should not reveal the schema).</summary>
    public bool Introspection { get; set; } = true;

    /// <summary>Accept only trusted (persisted) documents sent by <c>documentId</c>.</summary>
    public bool TrustedDocumentsOnly { get; set; }

    /// <summary>Serve the GraphiQL IDE at <c>GET /graphql</c> for browsers.</summary>
    public bool Ide { get; set; } = true;
}

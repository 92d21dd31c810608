using OnePlusX.Approvals;

namespace OnePlusX.Silo.Grains.Approvals;

/// <summary>
/// One kind of approvable item inside a grain's state (a project's application, its trainings, its exam filings…):
/// how to find an item by its name, put a changed approval back (with whatever the outcome changes besides), and
/// list them all for the approvals read model.
/// </summary>
internal interface IApprovableKind<TState>
{
    /// <summary>Whether <paramref name="item"/> names an item of this kind (e.g. starts with <c>training:</c>).</summary>
    bool Owns(string item);

    /// <summary>The item, or null when the state has no such item.</summary>
    ApprovalItem? Find(TState state, string item);

    /// <summary>The state with the item's approval replaced (and any consequence of it, e.g. the project approved).</summary>
    TState With(TState state, string item, Approval approval);

    /// <summary>Every item of this kind in the state.</summary>
    IEnumerable<ApprovalItem> All(TState state);

    /// <summary>Why the item may not be submitted yet (e.g. its policy check refuses it), or null.</summary>
    Outcomes.CommandError? CanSubmit(TState state, string item) => null;
}

/// <summary>The approvable kinds of one grain type, and the dispatch of an approval step to the right one.</summary>
internal sealed class ApprovableKinds<TState>(params IApprovableKind<TState>[] kinds)
{
    public ApprovalItem? Find(TState state, string item) => Kind(item)?.Find(state, item);

    public TState With(TState state, string item, Approval approval) =>
        (Kind(item) ?? throw new InvalidOperationException($"No approvable kind owns '{item}'.")).With(state, item, approval);

    public IReadOnlyList<ApprovalItem> All(TState state) => kinds.SelectMany(k => k.All(state)).ToList();

    public Outcomes.CommandError? CanSubmit(TState state, string item) => Kind(item)?.CanSubmit(state, item);

    private IApprovableKind<TState>? Kind(string item) => kinds.FirstOrDefault(k => k.Owns(item));
}
